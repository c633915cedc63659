namespace GraphBuilder.Extraction.Model;

public enum RelationType
{
    LocatedIn,
    TrainedAt,
}
