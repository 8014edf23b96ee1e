namespace Beleidsdag.Web.Configuration;

/// <summary>The data folder, resolved against the content root.</summary>
public sealed record DataFolder(string Path);
