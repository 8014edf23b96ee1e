using System.Globalization;
using System.Text;

namespace Beleidsdag.Domain.Polls;

/// <summary>
/// Makes "Vertrouwen", "vertrouwen " and "vertrouwén" one word for the cloud: lower case, accents and
/// surrounding punctuation removed, whitespace folded; Dutch stop words count for nothing. A phrase of up to
/// three words is one entry, normalised as a whole (docs/rules.md, phrases in a word cloud).
/// </summary>
public static class WordNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "maar", "want", "dus", "van", "in", "op", "aan", "met", "voor", "door",
        "naar", "bij", "om", "tot", "uit", "over", "onder", "tegen", "tussen", "zonder", "is", "zijn", "was",
        "waren", "ben", "bent", "wordt", "worden", "werd", "heeft", "hebben", "had", "die", "dat", "deze", "dit",
        "er", "hier", "daar", "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "hun", "hen",
        "mijn", "jouw", "uw", "ons", "onze", "niet", "geen", "wel", "ook", "nog", "al", "als", "dan", "te", "zo",
        "wat", "wie", "waar", "hoe", "heel", "zeer", "meer", "veel", "erg",
    };

    /// <summary>The word as the cloud counts it, or null when nothing countable is left.</summary>
    public static string? Normalize(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        var folded = Tidy(word)
            .ToLower(CultureInfo.InvariantCulture)
            .Normalize(NormalizationForm.FormD);
        var bare = new string([.. folded.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)])
            .Normalize(NormalizationForm.FormC);
        // A phrase ("de open communicatie") loses the stop words at its edges, so it meets the same phrase without them.
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => !StopWords.Contains(w));
        if (first < 0)
        {
            return null;
        }

        var last = Array.FindLastIndex(words, w => !StopWords.Contains(w));
        return string.Join(' ', words[first..(last + 1)]);
    }

    /// <summary>The word as the cloud shows it: whitespace folded, punctuation around it removed, case and accents kept.</summary>
    public static string Tidy(string word) =>
        string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(Punctuation);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '-', '…', '«', '»', '“', '”', '‘', '’'];
}
