using System.Globalization;
using System.Text;

namespace Beleidsdag.Web.Features.Templates;

/// <summary>
/// How the writer puts one text in YAML: plain when that reads back the same, a literal block (<c>|</c>)
/// for multi-line text, double quotes (with escapes) otherwise.
/// </summary>
internal static class YamlScalar
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Format(string value, int blockIndent)
    {
        if (IsPlain(value))
        {
            return value;
        }

        return CanBeBlock(value) ? Block(value, blockIndent) : Quoted(value);
    }

    private static bool IsPlain(string value) =>
        value.Length > 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !Indicators.Contains(value[0], StringComparison.Ordinal)
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
        && value.All(IsSafe) && !value.Contains('\t', StringComparison.Ordinal)
        && !Reserved.Contains(value.ToLowerInvariant())
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool CanBeBlock(string value) =>
        value.Contains('\n', StringComparison.Ordinal) && value[0] is not (' ' or '\n' or '\t') && value.All(c => c == '\n' || IsSafe(c));

    // Characters YAML would read as a line break or a byte-order mark, and control characters, need escaping.
    private static bool IsSafe(char c) => !char.IsControl(c) && c is not ('\u0085' or '\u2028' or '\u2029' or '\uFEFF') && !char.IsSurrogate(c);

    private static string Block(string value, int indent)
    {
        var body = value.TrimEnd('\n');
        var trailing = value.Length - body.Length;
        var builder = new StringBuilder(trailing switch { 0 => "|-", 1 => "|", _ => "|+" });
        var lines = body.Split('\n').Concat(Enumerable.Repeat(string.Empty, Math.Max(0, trailing - 1)));
        foreach (var line in lines)
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(' ', indent).Append(line);
            }
        }

        return builder.ToString();
    }

    private static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case var _ when char.IsSurrogatePair(value, i):
                    builder.Append(c).Append(value[++i]);
                    break;
                case var _ when !IsSafe(c):
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
