using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction.Tests.Resolution;

public class EntityCurationTests
{
    private static Entity E(string id, string name, EntityType type, params string[] aliases) => new(id, name, type, [name, .. aliases]);

    /// <summary>Three articles: a mayor Okonkwo of Lagos, a lawyer Emeka Okonkwo of Abuja, an Okonkwo of Kano.</summary>
    private static EntityCatalog Okonkwos(EntityCuration curation)
    {
        var catalog = new EntityCatalog(curation);
        catalog.Add([E("person:adaeze-okonkwo", "Adaeze Okonkwo", EntityType.Person), E("place:lagos", "Lagos", EntityType.Place)]);
        catalog.Add([E("person:emeka-okonkwo", "Emeka Okonkwo", EntityType.Person), E("place:abuja", "Abuja", EntityType.Place)]);
        catalog.Add([E("person:okonkwo", "Okonkwo", EntityType.Person), E("place:lagos", "Lagos", EntityType.Place)]);
        return catalog;
    }

    [Fact]
    public void Merge_OfEntitiesTheRulesKeepApart_MakesOneWithTheKeptId()
    {
        var (entities, canonical) = Okonkwos(EntityCuration.Empty.Merge("Emeka Okonkwo", ["Adaeze Okonkwo"])).Build();

        canonical["person:adaeze-okonkwo"].ShouldBe("person:emeka-okonkwo");
        // The rule still runs for what the analyst did not decide, against the merged entity.
        canonical["person:okonkwo"].ShouldBe("person:emeka-okonkwo");
        var merged = entities.Single(e => e.Id == "person:emeka-okonkwo");
        merged.Name.ShouldBe("Emeka Okonkwo");
        merged.Aliases.ShouldBe(["Adaeze Okonkwo", "Emeka Okonkwo", "Okonkwo"], ignoreOrder: true);
        entities.Count(e => e.Type == EntityType.Person).ShouldBe(1);
    }

    [Fact]
    public void Split_OfAnEntityARuleWouldMerge_KeepsItApart()
    {
        Okonkwos(EntityCuration.Empty).Build().Canonical["person:okonkwo"].ShouldBe("person:adaeze-okonkwo");

        var (entities, canonical) = Okonkwos(EntityCuration.Empty.Split("okonkwo")).Build();

        canonical["person:okonkwo"].ShouldBe("person:okonkwo");
        entities.Count(e => e.Type == EntityType.Person).ShouldBe(3);
    }

    [Fact]
    public void Split_OfTheFullName_LeavesNothingToJoinIt()
    {
        var canonical = Okonkwos(EntityCuration.Empty.Split("Adaeze Okonkwo")).Build().Canonical;

        canonical["person:okonkwo"].ShouldBe("person:okonkwo");
        canonical["person:adaeze-okonkwo"].ShouldBe("person:adaeze-okonkwo");
    }

    [Theory]
    [InlineData("person:emeka-okonkwo")] // an id
    [InlineData("EMEKA OKONKWO")] // a name, in any case
    public void Merge_NamesMatchIdsAndNamesIgnoringCase(string keep)
    {
        Okonkwos(EntityCuration.Empty.Merge(keep, ["adaeze okonkwo"])).Build().Canonical["person:adaeze-okonkwo"].ShouldBe("person:emeka-okonkwo");
    }

    [Fact]
    public void Merge_ByAnAliasOnly_FindsTheEntityThatHasIt()
    {
        var catalog = new EntityCatalog(EntityCuration.Empty.Merge("Federal Roads Agency", ["Roads Authority"]));
        catalog.Add([E("org:federal-roads-agency", "Federal Roads Agency", EntityType.Organization, "FRA")]);
        catalog.Add([E("org:lagos-roads-authority", "Lagos Roads Authority", EntityType.Organization, "Roads Authority")]);

        catalog.Build().Canonical["org:lagos-roads-authority"].ShouldBe("org:federal-roads-agency");
    }

    [Fact]
    public void Decisions_NamingNothingInTheCorpus_ChangeNothing()
    {
        var curation = EntityCuration.Empty.Merge("Nobody Here", ["Okonkwo"]).Split("Someone Else");

        var canonical = Okonkwos(curation).Build().Canonical;

        // "Okonkwo" is named by a merge whose kept entity is absent, so the rules decide it as before.
        canonical["person:okonkwo"].ShouldBe("person:adaeze-okonkwo");
    }

    [Fact]
    public void Merge_ThenSplit_UndoesTheMergeOfThatNameOnly()
    {
        var curation = EntityCuration.Empty.Merge("A", ["B", "C"]).Split("b");

        curation.Merges.ShouldHaveSingleItem().ShouldBe(new CuratedMerge("A", ["C"]), new MergeComparer());
        curation.Splits.ShouldBe(["b"]);
    }

    [Fact]
    public void Split_OfTheKeptName_DropsTheWholeMerge()
    {
        var curation = EntityCuration.Empty.Merge("A", ["B"]).Split("A");

        curation.Merges.ShouldBeEmpty();
        curation.Splits.ShouldBe(["A"]);
    }

    [Fact]
    public void Merge_OfASplitName_EndsTheSplit()
    {
        var curation = EntityCuration.Empty.Split("B").Merge("A", ["B"]);

        curation.Splits.ShouldBeEmpty();
        curation.Merges.ShouldHaveSingleItem().Names.ShouldBe(["B"]);
    }

    [Fact]
    public void Merge_IntoANameThatWasMerged_JoinsTheGroups()
    {
        var curation = EntityCuration.Empty.Merge("A", ["B"]).Merge("C", ["A"]);

        var merge = curation.Merges.ShouldHaveSingleItem();
        merge.Keep.ShouldBe("C");
        merge.Names.ShouldBe(["A", "B"]);
    }

    private sealed class MergeComparer : IEqualityComparer<CuratedMerge>
    {
        public bool Equals(CuratedMerge? x, CuratedMerge? y) => x!.Keep == y!.Keep && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(CuratedMerge obj) => obj.Keep.GetHashCode(StringComparison.Ordinal);
    }
}
