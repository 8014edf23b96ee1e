using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Web.Tests.Architecture;

/// <summary>
/// The arrows between the parts of the app run one way (docs/architecture.md keeps the same table).
/// Read from the compiled assemblies, method bodies included.
/// </summary>
public class ArchitectureTests(ITestOutputHelper output)
{
    /// <summary>What each part may use besides itself. Features.* is every feature folder; Domain uses nothing of the web host.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Domain"] = [],
        ["Configuration"] = ["Domain"],
        ["Persistence"] = ["Domain", "Configuration"],
        ["Live"] = ["Domain", "Configuration", "Persistence"],
        ["Features.*"] = ["Domain", "Configuration", "Live", "Features.*"],
        ["Realtime"] = ["Domain", "Configuration", "Live", "Features.*"],
        ["Components"] = ["Domain", "Configuration", "Live", "Features.*"],
        ["Hosting"] = ["*"],
        ["Program"] = ["*"],
    };

    /// <summary>Loops between features that remain (each uses the other's components or service).</summary>
    private static readonly HashSet<string> KnownLoops = new(StringComparer.Ordinal)
    {
        "Features.Facilitate ⇄ Features.Present",
    };

    private static IReadOnlyList<Arrow> Uses() =>
        FolderArrows.Uses(typeof(Program).Assembly.Location, typeof(Side).Assembly.Location);

    [Fact]
    public void EveryArrow_RunsTheAllowedWay()
    {
        var arrows = FolderArrows.Read(typeof(Program).Assembly.Location, typeof(Side).Assembly.Location);
        foreach (var arrow in arrows)
        {
            output.WriteLine(arrow.ToString());
        }

        var wrong = Uses()
            .Where(u => !Allowed(u.From, u.To))
            .Select(u => u.ToString())
            .ToList();

        Assert.True(wrong.Count == 0, "Arrows that run the wrong way:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void NoTwoParts_UseEachOther_ApartFromTheKnownLoops()
    {
        // Count only the arrows the rules allow (the other test reports the rest).
        var arrows = FolderArrows.Read(typeof(Program).Assembly.Location, typeof(Side).Assembly.Location)
            .Where(a => Allowed(a.From, a.To))
            .ToList();

        var loops = FolderArrows.Loops(arrows).Where(l => !KnownLoops.Contains(l)).ToList();

        Assert.True(loops.Count == 0, "Parts that use each other:\n" + string.Join('\n', loops));
    }

    [Fact]
    public void TheArrowReader_SeesAUseInsideAMethodBody()
    {
        // The reader must see a call, not only fields and signatures, or the rules above could pass on an empty list.
        var arrows = FolderArrows.Read(typeof(Program).Assembly.Location);

        Assert.Contains(arrows, a => a is { From: "Live", To: "Persistence" });
        Assert.Contains(arrows, a => a is { From: "Program", To: "Hosting" });
    }

    private static string Group(string part) => part.StartsWith("Features.", StringComparison.Ordinal) ? "Features.*" : part;

    private static bool Allowed(string from, string to) =>
        MayUse.TryGetValue(Group(from), out var allowed) && (allowed.Contains("*") || allowed.Contains(Group(to)));
}
