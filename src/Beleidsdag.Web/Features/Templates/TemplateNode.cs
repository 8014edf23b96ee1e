namespace Beleidsdag.Web.Features.Templates;

/// <summary>
/// A parsed YAML file as the template parser needs it: scalars, mappings and lists, each with the line it
/// starts on, so every problem can name its line. Only <see cref="TemplateReader"/> knows YamlDotNet.
/// </summary>
internal abstract record TemplateNode(int Line);

/// <summary>A plain value; null for an empty value, <c>~</c> or <c>null</c>.</summary>
internal sealed record ScalarNode(int Line, string? Value) : TemplateNode(Line);

internal sealed record MapNode(int Line, IReadOnlyList<KeyValuePair<ScalarNode, TemplateNode>> Entries) : TemplateNode(Line);

internal sealed record ListNode(int Line, IReadOnlyList<TemplateNode> Items) : TemplateNode(Line);
