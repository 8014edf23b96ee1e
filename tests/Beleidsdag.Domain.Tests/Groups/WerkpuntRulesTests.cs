using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Tests.Groups;

/// <summary>A refused werkpunt says which field is wrong; the code on the wire stays the one phones know.</summary>
public class WerkpuntRulesTests
{
    private static readonly WerkpuntContent Valid = new("Adviesvraag komt te laat", ["Adviesvraag standaard op de agenda"], WerkpuntOwner.Rol, "algemeen directeur", "2027", "");

    public static TheoryData<string, string, string> Breaches() => new()
    {
        { "werkpunt", "Het veld 'werkpunt' is te lang (hoogstens 300 tekens).", "field-too-long" },
        { "oplossing", "Het veld 'oplossing' is te lang (hoogstens 500 tekens).", "field-too-long" },
        { "aantal oplossingen", "Het aantal oplossingen is te groot (hoogstens 5).", "field-too-long" },
        { "rol", "Het veld 'rol' is te lang (hoogstens 80 tekens).", "field-too-long" },
        { "termijn", "Het veld 'termijn' is te lang (hoogstens 80 tekens).", "field-too-long" },
        { "opmerkingen", "Het veld 'opmerkingen' is te lang (hoogstens 1000 tekens).", "field-too-long" },
        { "leeg werkpunt", "Het veld 'werkpunt' mag niet leeg zijn.", "text-empty" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void Check_ABreach_NamesTheFieldInTheMessage_AndKeepsTheWireCode(string breach, string message, string code)
    {
        var error = WerkpuntRules.Check(Breach(breach));

        Assert.Equal((message, code), (SubmissionErrors.Message(error), SubmissionErrors.Code(error)));
    }

    [Fact]
    public void Check_AtEveryLimit_IsAccepted() =>
        Assert.Equal(SubmissionError.None, WerkpuntRules.Check(Valid with
        {
            Text = new string('w', 300),
            Oplossingen = [.. Enumerable.Repeat(new string('o', 500), 5)],
            OwnerRole = new string('r', 80),
            Term = new string('t', 80),
            Comments = new string('c', 1000),
        }));

    private static WerkpuntContent Breach(string breach) => breach switch
    {
        "werkpunt" => Valid with { Text = new string('w', 301) },
        "oplossing" => Valid with { Oplossingen = ["Kort", new string('o', 501)] },
        "aantal oplossingen" => Valid with { Oplossingen = ["1", "2", "3", "4", "5", "6"] },
        "rol" => Valid with { OwnerRole = new string('r', 81) },
        "termijn" => Valid with { Term = new string('t', 81) },
        "opmerkingen" => Valid with { Comments = new string('c', 1001) },
        _ => Valid with { Text = "" },
    };
}
