using System.Reflection;
using System.Text.RegularExpressions;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Realtime;

namespace Beleidsdag.Web.Tests.Phone;

/// <summary>
/// The phone page (src/Beleidsdag.Web/phone/) copies the hub's method names, its error codes and the input limits
/// by hand; these tests read its sources and fail when one of them drifts from the C# that defines it.
/// </summary>
public sealed partial class PhoneContractTests
{
    private static readonly string Sources = FindSources();
    // Every module of the page and of the group work's chunk (phone/, phone/questions/, phone/groupwork/), in a fixed order.
    private static readonly string App = string.Concat(Directory.GetFiles(Sources, "*.js", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(File.ReadAllText));
    private static readonly string GroupKinds = File.ReadAllText(Path.Combine(Sources, "groupkinds.js"));
    private static readonly string GroupWork = App;

    [Fact]
    public void EveryMethodThePhoneCalls_IsAMethodOfTheParticipantHub()
    {
        var hub = typeof(ParticipantHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var called = Strings(CalledRegex(), App + GroupWork).Concat(SetItems(GroupKinds, "GROUP_METHODS")).Distinct().ToList();

        Assert.Contains("answer", called);
        Assert.All(called, method => Assert.Contains(method, hub));
    }

    [Fact]
    public void EveryPushThePhoneListensTo_IsACallbackOfTheTypedClient()
    {
        var client = typeof(IParticipantClient).GetMethods().Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var heard = Strings(ListenRegex(), App).ToList();

        Assert.Contains("roomChanged", heard);
        Assert.All(heard, callback => Assert.Contains(callback, client));
    }

    [Fact]
    public void EveryPermanentErrorCode_IsOneThePhoneDropsFromItsOutbox()
    {
        var permanent = SetItems(App, "PERMANENT_CODES").Concat(SetItems(GroupKinds, "GROUP_CODES")).ToHashSet(StringComparer.Ordinal);
        var transient = new[] { "storage-unavailable", "ok" };
        var codes = Enum.GetValues<SubmissionError>().Select(SubmissionErrors.Code).Distinct().Except(transient).ToList();

        Assert.All(codes, code => Assert.Contains(code, permanent));
    }

    [Fact]
    public void ThePhonesLimits_AreTheServersLimits()
    {
        Assert.Equal(Limits.MaxCloudWords, Constant(App, "MAX_WORDS"));
        Assert.Equal(Limits.CloudWordLength, Constant(App, "WORD_LENGTH"));
        Assert.Equal(Limits.MaxWordsPerCloudEntry, Constant(App, "WORDS_PER_ENTRY"));
        Assert.Equal(Limits.OpenTextLength, Constant(App, "TEXT_LENGTH"));
        Assert.Equal(Limits.PointsToSpread, Constant(App, "POINTS"));
        Assert.InRange(Constant(App, "MAX_MESSAGE_BYTES"), 1024, new BeleidsdagOptions().ParticipantMessageLimitBytes);
        var group = GroupLimitsRegex().Match(GroupWork).Groups[1].Value;
        int Field(string name) => int.Parse(Regex.Match(group, $@"\b{name}: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [Limits.WerkpuntTextLength, Limits.MaxOplossingen, Limits.OplossingLength, Limits.OwnerRoleLength, Limits.TermLength, Limits.CommentsLength, Limits.MaxWerkpuntenPerGroup],
            [Field("text"), Field("oplossingen"), Field("oplossing"), Field("role"), Field("term"), Field("comments"), Field("perGroup")]);
    }

    private static IEnumerable<string> Strings(Regex regex, string text) => regex.Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The quoted strings of `const NAME = new Set([...])` or `const NAME = [...]`.</summary>
    private static IEnumerable<string> SetItems(string text, string name)
    {
        var list = Regex.Match(text, $@"const {name} = (?:new Set\()?\[(.*?)\]", RegexOptions.Singleline);
        Assert.True(list.Success, $"{name} not found in the phone's sources");
        return Regex.Matches(list.Groups[1].Value, "\"([a-z-]+|[a-zA-Z]+)\"").Select(m => m.Groups[1].Value);
    }

    private static int Constant(string text, string name)
    {
        var match = Regex.Match(text, $@"const {name} = (\d+);");
        Assert.True(match.Success, $"{name} not found in the phone's sources");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string FindSources()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Beleidsdag.Web", "phone");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Beleidsdag.Web/phone not found above the test's folder.");
    }

    [GeneratedRegex(@"(?:invoke|enqueue|send)\(""([a-zA-Z]+)""")]
    private static partial Regex CalledRegex();

    [GeneratedRegex(@"\bc\.on\(""([a-zA-Z]+)""")]
    private static partial Regex ListenRegex();

    [GeneratedRegex(@"const LIMITS = \{([^}]*)\}")]
    private static partial Regex GroupLimitsRegex();
}
