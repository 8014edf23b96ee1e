using Beleidsdag.Web.Configuration;

namespace Beleidsdag.Web.Live;

/// <summary>The read of one flush: every projection from one moment (the lock is re-entrant).</summary>
public sealed partial class WorkshopRuntime
{
    public WorkshopSnapshot TakeSnapshot(PhoneAddress address, bool forConsole)
    {
        lock (_gate)
        {
            var console = forConsole ? BuildConsoleView(address) : null;
            return new WorkshopSnapshot(console?.Screen ?? BuildScreenView(address), console, RevealedQuestionId());
        }
    }
}
