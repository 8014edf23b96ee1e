using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void NeedsQuotePrefix_TextAFormulaCouldStartWith_IsTrue(string text) => Assert.True(CellText.NeedsQuotePrefix(text));

    [Theory]
    [InlineData("1/2")]
    [InlineData("TRUE")]
    [InlineData("Vertrouwen = respect")]
    [InlineData("")]
    public void NeedsQuotePrefix_OrdinaryText_IsFalse(string text) => Assert.False(CellText.NeedsQuotePrefix(text));

    [Fact]
    public void Prepare_DropsWhatXmlCannotHold_AndKeepsTheRest() =>
        Assert.Equal("a\tb\nc👍d", CellText.Prepare("a\tb\nc\u000B👍\uDC00d\uFFFE"));

    [Fact]
    public void Prepare_TextOverTheCellLimit_IsCutWithTheMarker()
    {
        var prepared = CellText.Prepare(new string('x', 40_000));

        Assert.Equal(CellText.MaxLength, prepared.Length);
        Assert.EndsWith(CellText.CutMarker, prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_CutInTheMiddleOfAnEmoji_KeepsNoHalfCharacter()
    {
        var keep = CellText.MaxLength - CellText.CutMarker.Length;
        var text = new string('x', keep - 1) + string.Concat(Enumerable.Repeat("👍", 10));

        var prepared = CellText.Prepare(text);

        Assert.Equal(new string('x', keep - 1) + CellText.CutMarker, prepared);
    }

    [Fact]
    public void Prepare_TextAtTheLimit_IsKeptWhole() =>
        Assert.Equal(CellText.MaxLength, CellText.Prepare(new string('x', CellText.MaxLength)).Length);
}
