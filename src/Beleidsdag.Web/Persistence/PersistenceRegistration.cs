using Beleidsdag.Web.Configuration;

namespace Beleidsdag.Web.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// The database, its single writer and the store that reads it back at start-up; <paramref name="restoreFrom"/>
    /// is a backup to put in place of the database before it opens (<c>--restore</c>), or null.
    /// </summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder, string? restoreFrom)
    {
        var writeThrough = builder.Configuration.GetValue<bool>($"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.LogWriteThrough)}");
        builder.Services.AddSingleton(sp => new BeleidsdagDatabase(sp.GetRequiredService<DataFolder>().Path, writeThrough, string.IsNullOrWhiteSpace(restoreFrom) ? null : restoreFrom));
        builder.Services.AddSingleton<DatabaseWriter>();
        builder.Services.AddSingleton<WorkshopStore>();
        return builder;
    }
}
