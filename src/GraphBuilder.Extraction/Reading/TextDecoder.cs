using System.Text;

namespace GraphBuilder.Extraction.Reading;

/// <summary>
/// Turns an article file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
/// and Latin-1 for legacy files that are not valid UTF-8. Binary data is refused, not guessed at.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return DecodedText.Fail("the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        // NUL never occurs in text files and almost always in binary ones.
        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
            return DecodedText.Fail("the file is binary, not text");

        return Utf8(bytes, "utf-8");
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Checked(StrictUtf8.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return Mixed(bytes);
        }
    }

    /// <summary>
    /// Not valid UTF-8: keep every valid UTF-8 sequence and read the other bytes as Latin-1, so a
    /// legacy file reads as Latin-1 and a file pasted together from both keeps both intact.
    /// </summary>
    private static DecodedText Mixed(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        var utf8Sequences = 0;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                utf8Sequences += consumed > 1 ? 1 : 0;
            }
            else
            {
                consumed = 1;
                sb.Append((char)bytes[0]);
            }

            bytes = bytes[consumed..];
        }

        return Checked(sb.ToString(), utf8Sequences > 0 ? "utf-8+latin-1" : "latin-1");
    }

    private static DecodedText Checked(string text, string encoding)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                control++;
        }

        if (control * 20 > sample.Length)
            return DecodedText.Fail("the file is binary, not text");
        return sample.Trim().IsEmpty
            ? DecodedText.Fail("the file has no text")
            : new DecodedText(text, null, encoding);
    }
}
