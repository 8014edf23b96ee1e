namespace Beleidsdag.Web.Features.Templates;

/// <summary>One thing wrong with a template file, with the line it is on when there is one.</summary>
public sealed record TemplateProblem(string File, int? Line, string Message)
{
    /// <summary>"beleidsdag.yaml, regel 137: onbekend vraagtype 'slider' (…)" — what the console and the log show.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}, regel {line}: {Message}")
        : $"{File}: {Message}";
}
