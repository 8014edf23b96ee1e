using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Tests.Groups;

/// <summary>The worked examples of docs/rules.md, "Prioritisation" and "Consent round".</summary>
public class PrioritisationTests
{
    private static readonly string[] Werkpunten = ["A", "B", "C", "D"];
    private int _voters;

    private DotVote Vote(Side side, params (string W, int Dots)[] dots) =>
        new($"p{_voters++}", dots.ToDictionary(d => d.W, d => d.Dots), 1, side);

    private static PrioritisationResult Compute(params DotVote[] votes) =>
        Prioritisation.Compute(Werkpunten, votes, minimumPerSide: 3);

    [Fact]
    public void EqualWeight_SevenPoliticiansWeighAsMuchAsTwelveCivilServants()
    {
        // CBS/VB (3 × 3 dots = 9): A 6, B 3. MAT (6 × 3 = 18): A 3, B 6, C 9.
        var votes = new[]
        {
            Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("A", 2), ("B", 1)), Vote(Side.CbsVb, ("A", 1), ("B", 2)),
            Vote(Side.Mat, ("A", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("B", 3)),
            Vote(Side.Mat, ("C", 3)), Vote(Side.Mat, ("C", 3)), Vote(Side.Mat, ("C", 3)),
        };

        var result = Compute(votes);

        Assert.Equal(["A", "B", "C", "D"], result.Rows.Select(r => r.WerkpuntId));
        Assert.Equal([41.7, 33.3, 25.0, 0.0], result.Rows.Select(r => r.EqualWeightScore));
        Assert.Equal([9, 9, 9, 0], result.Rows.Select(r => r.Total));
        Assert.Equal([false, true, false, false], result.Rows.Select(r => r.BothSidesSupport));
    }

    [Fact]
    public void AnonymityRule_WithTwoPoliticiansVoting_ShowsOnlyTotals()
    {
        var result = Compute(Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("A", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("B", 3)));

        Assert.False(result.SplitShown);
        Assert.All(result.Rows, r => Assert.Equal((0, 0, 0, false), (r.CbsVb, r.Mat, r.Anders, r.BothSidesSupport)));
        Assert.Equal(("B", 60.0), (result.Rows[0].WerkpuntId, result.Rows[0].EqualWeightScore));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void Check_MoreDotsThanAllowedOrNegative_IsRefused(int dots) =>
        Assert.Equal(SubmissionError.TooManyDots, Prioritisation.Check(new Dictionary<string, int> { ["A"] = dots }, 3, _ => true));

    [Fact]
    public void Check_ThreeDotsStackedOnOneWerkpunt_IsAllowed() =>
        Assert.Equal(SubmissionError.None, Prioritisation.Check(new Dictionary<string, int> { ["A"] = 3 }, 3, _ => true));

    [Fact]
    public void Consent_NoBezwaarAndAkkoordOnBothSides_IsCarried()
    {
        var votes = new List<ConsentVote>();
        void Add(Side side, ConsentChoice choice) => votes.Add(new ConsentVote($"p{votes.Count}", "A", choice, side));

        foreach (var choice in new[] { ConsentChoice.Akkoord, ConsentChoice.Akkoord, ConsentChoice.Bedenking })
        {
            Add(Side.CbsVb, choice);
            Add(Side.Mat, choice);
        }

        var carried = Consent.Compute("A", votes, 3);
        Add(Side.Mat, ConsentChoice.Bezwaar);
        var blocked = Consent.Compute("A", votes, 3);

        Assert.True(carried.CarriedByBothSides);
        Assert.Equal(new ConsentCounts(2, 1, 0), carried.CbsVb);
        Assert.False(blocked.CarriedByBothSides);
    }
    [Fact]
    public void Prioritisation_TwoAndersVoters_CountInNoFigure_AndKeepTheSplit()
    {
        var result = Compute(
            Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("B", 3)),
            Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("C", 3)),
            Vote(Side.Anders, ("D", 3)), Vote(Side.Anders, ("D", 3)));

        Assert.True(result.SplitShown);
        Assert.Equal(6, result.Voters);
        Assert.Equal(2, result.UncountedAnders);
        Assert.Equal(0, result.Rows.Single(r => r.WerkpuntId == "D").Total);
    }

    [Fact]
    public void Prioritisation_WhenWithheld_ShowsNoSideEvenWithEnoughVoters()
    {
        var votes = new[] { Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("A", 3)), Vote(Side.CbsVb, ("B", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("C", 3)) };

        var result = Prioritisation.Compute(Werkpunten, votes, 3, withheld: true);

        Assert.False(result.SplitShown);
        Assert.All(result.Rows, r => Assert.Equal((0, 0), (r.CbsVb, r.Mat)));
    }

    [Fact]
    public void Consent_OneAndersVote_CountsNowhere_AndTheSidesStayShown()
    {
        var votes = new List<ConsentVote>();
        void Add(Side side, ConsentChoice choice) => votes.Add(new ConsentVote($"p{votes.Count}", "A", choice, side));
        for (var i = 0; i < 3; i++)
        {
            Add(Side.CbsVb, ConsentChoice.Akkoord);
            Add(Side.Mat, ConsentChoice.Akkoord);
        }

        Add(Side.Anders, ConsentChoice.Bezwaar);
        var row = Consent.Compute("A", votes, 3);

        Assert.Equal(new ConsentCounts(6, 0, 0), row.Overall);
        Assert.True(row.CarriedByBothSides);
        Assert.NotNull(row.CbsVb);
    }

    [Fact]
    public void Places_EqualScoresShareAPlace_AndTheNextPlaceSkips()
    {
        // Three people of each side; A and B get the same dots from both sides, C less, D none.
        var result = Compute(
            Vote(Side.CbsVb, ("A", 2), ("B", 1)), Vote(Side.CbsVb, ("A", 1), ("B", 2)), Vote(Side.CbsVb, ("C", 3)),
            Vote(Side.Mat, ("A", 3)), Vote(Side.Mat, ("B", 3)), Vote(Side.Mat, ("C", 1), ("A", 1), ("B", 1)));

        Assert.Equal([1, 1, 3, 4], Prioritisation.Places(result.Rows));
        Assert.Equal(["C", "D"], result.Rows.Skip(2).Select(r => r.WerkpuntId));
    }
}
