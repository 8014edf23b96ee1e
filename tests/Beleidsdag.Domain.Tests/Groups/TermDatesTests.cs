using Beleidsdag.Domain.Groups;

namespace Beleidsdag.Domain.Tests.Groups;

public sealed class TermDatesTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    [Theory]
    [InlineData("Q1 2027", 2027, 3, 31)]
    [InlineData("q4-2027", 2027, 12, 31)]
    [InlineData("tegen Q2 2027", 2027, 6, 30)]
    [InlineData("maart 2027", 2027, 3, 31)]
    [InlineData("Februari 2028", 2028, 2, 29)]
    [InlineData("eind 2027", 2027, 12, 31)]
    [InlineData("2027", 2027, 12, 31)]
    [InlineData("binnen 6 maanden", 2027, 5, 28)]
    [InlineData("binnen de zes maanden", 2027, 5, 28)]
    [InlineData("binnen 2 weken", 2026, 12, 12)]
    [InlineData("binnen een jaar", 2027, 11, 28)]
    [InlineData("onmiddellijk", 2026, 11, 28)]
    [InlineData("  Onmiddellijk. ", 2026, 11, 28)]
    [InlineData("31/03/2027", 2027, 3, 31)]
    public void Parse_ATermijnAsTyped_GivesTheLastDayOfThePeriod(string term, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), TermDates.Parse(term, Day));

    [Theory]
    [InlineData("")]
    [InlineData("zo snel mogelijk")]
    [InlineData("na de verkiezingen")]
    [InlineData("Q5 2027")]
    [InlineData("binnen 0 maanden")]
    [InlineData("31/02/2027")]
    [InlineData(null)]
    public void Parse_TextThatNamesNoDate_GivesNone(string? term) => Assert.Null(TermDates.Parse(term, Day));
}
