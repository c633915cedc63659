namespace GraphBuilder.Extraction.Reading;

/// <summary>The outcome of decoding a file's bytes: the text, or why there is none.</summary>
public sealed record DecodedText(string? Text, string? Error, string Encoding)
{
    public bool Succeeded => Text is not null;

    internal static DecodedText Fail(string error) => new(null, error, "none");
}
