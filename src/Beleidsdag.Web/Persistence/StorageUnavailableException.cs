namespace Beleidsdag.Web.Persistence;

/// <summary>
/// A write was not committed (a full disk, a failing disk, …) and nothing of it is kept, in memory neither. Transient:
/// the same write may succeed later, so a phone keeps it and sends it again.
/// </summary>
public sealed class StorageUnavailableException(Exception? inner)
    : Exception("Opslaan lukt nu niet: er werd niets bewaard.", inner);
