using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Templates;

namespace Beleidsdag.Domain.Tests.Templates;

public sealed class TemplateIdsTests
{
    [Theory]
    [InlineData("Timings en vergaderhygiëne", "timings-en-vergaderhygiene")]
    [InlineData("Personeel (bv. aanstelling personeel)", "personeel-bv-aanstelling-personeel")]
    [InlineData("  Ja!  ", "ja")]
    [InlineData("???", "")]
    public void Slug_Label_IsLowercaseWithDashes(string label, string slug) => Assert.Equal(slug, TemplateIds.Slug(label));

    [Fact]
    public void Slug_LongLabel_IsCutAtFortyWithoutTrailingDash()
    {
        var slug = TemplateIds.Slug("Is het duidelijk voor welke dossiers advies van het MAT nodig is?");

        Assert.True(slug.Length <= TemplateIds.MaxLength);
        Assert.True(TemplateIds.IsValid(slug));
    }

    [Theory]
    [InlineData("vraag-1", true)]
    [InlineData("Vraag", false)]
    [InlineData("-vraag", false)]
    [InlineData("vraag_1", false)]
    [InlineData("", false)]
    public void IsValid_ChecksTheTemplateAlphabet(string id, bool valid) => Assert.Equal(valid, TemplateIds.IsValid(id));

    [Fact]
    public void Unique_TakenId_GetsASuffix()
    {
        var taken = new HashSet<string> { "beleidsdag", "beleidsdag-2" };

        Assert.Equal("beleidsdag-3", TemplateIds.Unique("beleidsdag", "x", taken));
    }

    [Fact]
    public void PhaseKey_RoundTripsEveryPhase()
    {
        foreach (var phase in Beleidscyclus.Phases)
        {
            Assert.Equal(phase, TemplateIds.PhaseFromKey(TemplateIds.PhaseKey(phase)));
        }

        Assert.Equal("beleidsevaluatie-en-bijsturing", TemplateIds.PhaseKey(BeleidscyclusPhase.BeleidsevaluatieEnBijsturing));
    }
}
