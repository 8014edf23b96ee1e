using System.Globalization;

namespace Beleidsdag.Web.Features.Templates;

/// <summary>Collects problems for one file; the parser reports everything it finds, not just the first.</summary>
internal sealed class TemplateProblems(string file)
{
    private readonly List<TemplateProblem> _problems = [];

    public IReadOnlyList<TemplateProblem> All => _problems;

    public void Add(int line, string message) => _problems.Add(new TemplateProblem(file, line, message));
}

/// <summary>
/// The keys of one mapping (the template, an agenda item, a group, an option), read with their rules.
/// Unknown keys are reported at once, so a typo such as <c>richtvraagen:</c> is never silently ignored.
/// </summary>
internal sealed class TemplateFields
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, TemplateNode>> _entries = new(StringComparer.Ordinal);
    private readonly TemplateProblems _problems;

    public TemplateFields(MapNode map, string what, IReadOnlyCollection<string> allowed, TemplateProblems problems)
    {
        Line = map.Line;
        What = what;
        _problems = problems;
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (!allowed.Contains(key))
            {
                problems.Add(entry.Key.Line, $"onbekende sleutel '{key}' in {what} (verwacht: {string.Join(", ", allowed)}).");
            }
            else if (!_entries.TryAdd(key, entry))
            {
                problems.Add(entry.Key.Line, $"'{key}' staat twee keer in {what}.");
            }
        }
    }

    public int Line { get; }

    /// <summary>"agendapunt 'opening'", "groep 'voorbereiding'": how messages name this mapping.</summary>
    public string What { get; }

    public bool Has(string key) => _entries.ContainsKey(key);

    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key.Line : Line;

    public TemplateNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>A trimmed text; null when absent or empty (reported when required).</summary>
    public string? Text(string key, int maxLength, bool required = true)
    {
        switch (Node(key))
        {
            case null or ScalarNode { Value: null }:
                if (required)
                {
                    _problems.Add(LineOf(key), $"'{key}' ontbreekt in {What}.");
                }

                return null;
            case ScalarNode { Value: { } value } scalar:
                var text = value.Trim();
                if (text.Length == 0 && required)
                {
                    _problems.Add(scalar.Line, $"'{key}' is leeg in {What}.");
                    return null;
                }

                if (text.Length > maxLength)
                {
                    _problems.Add(scalar.Line, string.Create(CultureInfo.InvariantCulture, $"'{key}' in {What} is langer dan {maxLength} tekens ({text.Length})."));
                }

                return text.Length == 0 ? null : text;
            case var other:
                _problems.Add(other.Line, $"'{key}' in {What} moet een tekst zijn, geen lijst.");
                return null;
        }
    }

    /// <summary>A whole number within [min, max]; the default when absent.</summary>
    public int Number(string key, int min, int max, int fallback)
    {
        var node = Node(key);
        if (node is null or ScalarNode { Value: null })
        {
            return fallback;
        }

        if (node is ScalarNode { Value: { } value } && int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            if (number >= min && number <= max)
            {
                return number;
            }

            _problems.Add(node.Line, string.Create(CultureInfo.InvariantCulture, $"'{key}' in {What} moet tussen {min} en {max} liggen (nu {number})."));
            return fallback;
        }

        _problems.Add(node.Line, $"'{key}' in {What} moet een geheel getal zijn.");
        return fallback;
    }

    public bool Flag(string key, bool fallback)
    {
        switch (Node(key))
        {
            case null or ScalarNode { Value: null }:
                return fallback;
            case ScalarNode { Value: { } value } when bool.TryParse(value.Trim(), out var flag):
                return flag;
            case var other:
                _problems.Add(other.Line, $"'{key}' in {What} moet true of false zijn.");
                return fallback;
        }
    }

    /// <summary>A list; null when absent (reported when required) or not a list.</summary>
    public ListNode? List(string key, bool required = true)
    {
        switch (Node(key))
        {
            case ListNode list:
                return list;
            case null or ScalarNode { Value: null }:
                if (required)
                {
                    _problems.Add(LineOf(key), $"'{key}' ontbreekt in {What}.");
                }

                return null;
            case var other:
                _problems.Add(other.Line, $"'{key}' in {What} moet een lijst zijn (regels die met '- ' beginnen).");
                return null;
        }
    }
}
