namespace Beleidsdag.Web.Persistence;

/// <summary>Another Beleidsdag server already uses this data folder; two writers would corrupt LiteDB.</summary>
public sealed class DataFolderInUseException(string dataFolder, Exception inner)
    : Exception($"De datamap '{dataFolder}' is al in gebruik door een andere Beleidsdag-server. Stop die eerst, of kies een andere map met Beleidsdag__DataFolder.", inner);
