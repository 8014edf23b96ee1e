using System.Collections;
using System.Reflection;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// A LiteDB 5.0.21 transaction whose commit failed half-way (a full disk) can no longer be disposed: it throws
/// "discarded page must be writable". Its finalizer does the same on the finalizer thread, which ends the
/// process. Before a failed database is closed, its transactions are taken off the finalizer queue. LiteDB keeps
/// them in internal fields, so this reads them by name (checked against 5.0.21; a missing field only means the
/// finalizers stay).
/// </summary>
internal static class BrokenTransactions
{
    private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;

    public static void Forget(LiteDatabase database)
    {
        var engine = typeof(LiteDatabase).GetField("_engine", Internal)?.GetValue(database);
        var monitor = engine?.GetType().GetField("_monitor", Internal)?.GetValue(engine);
        if (monitor?.GetType().GetField("_transactions", Internal)?.GetValue(monitor) is IDictionary transactions)
        {
            foreach (var transaction in transactions.Values)
            {
                // Not the IDisposable pattern (CA1816): LiteDB's own Dispose of it is what throws.
#pragma warning disable CA1816
                GC.SuppressFinalize(transaction!);
#pragma warning restore CA1816
            }
        }
    }
}
