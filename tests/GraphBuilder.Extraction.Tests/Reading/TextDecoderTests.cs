using System.Text;
using GraphBuilder.Extraction.Reading;

namespace GraphBuilder.Extraction.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Decode_Empty_FailsNamingEmptiness() =>
        TextDecoder.Decode([]).Error.ShouldBe("the file is empty");

    [Fact]
    public void Decode_Binary_IsRefused() =>
        TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).Error.ShouldBe("the file is binary, not text");

    [Fact]
    public void Decode_WhitespaceOnly_FailsAsNoText() =>
        TextDecoder.Decode("  \n\t "u8).Error.ShouldBe("the file has no text");

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Zelenskyy said"u8]);
        decoded.Text.ShouldBe("Zelenskyy said");
        decoded.Encoding.ShouldBe("utf-8-bom");
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToLatin1()
    {
        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes("Orbán said"));
        decoded.Text.ShouldBe("Orbán said");
        decoded.Encoding.ShouldBe("latin-1");
    }

    [Fact]
    public void Decode_Utf16WithBom_IsRead() =>
        TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Kyiv")]).Text.ShouldBe("Kyiv");
}
