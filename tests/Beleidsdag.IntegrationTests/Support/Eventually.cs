namespace Beleidsdag.IntegrationTests.Support;

/// <summary>Waits (at most 10 s) for something a push from the server brings.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<T?> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The push never came.");
    }
}
