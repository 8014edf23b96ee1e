using System.Globalization;
using System.Text;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Templates;

/// <summary>
/// The ids and keys a template writes: lowercase letters, digits and dashes, so they survive hand editing,
/// file names and URLs alike. An option written as plain text gets the slug of its label as id, so two
/// workshops made from the same template share option ids and a follow-up can compare their answers.
/// </summary>
public static class TemplateIds
{
    public const int MaxLength = Limits.IdLength;

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id[0] != '-' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>"Financieel (vb. aankopen)" → "financieel-vb-aankopen"; empty when nothing usable is left.</summary>
    public static string Slug(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>The key a template writes after <c>phase:</c>, e.g. <c>beleidsevaluatie-en-bijsturing</c>.</summary>
    public static string PhaseKey(BeleidscyclusPhase phase) => Slug(Beleidscyclus.Label(phase));

    public static BeleidscyclusPhase? PhaseFromKey(string? key) =>
        Beleidscyclus.Phases.Select(p => (BeleidscyclusPhase?)p).FirstOrDefault(p => PhaseKey(p!.Value) == key?.Trim().ToLowerInvariant());

    /// <summary>A valid id not yet in <paramref name="taken"/>: the wanted one, else its slug, else the fallback, with -2, -3 … when needed.</summary>
    public static string Unique(string? wanted, string fallbackText, ISet<string> taken)
    {
        var id = IsValid(wanted) ? wanted! : Slug(fallbackText);
        if (id.Length == 0)
        {
            id = "item";
        }

        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
            candidate = (id.Length + suffix.Length <= MaxLength ? id : id[..(MaxLength - suffix.Length)].TrimEnd('-')) + suffix;
        }

        return candidate;
    }
}
