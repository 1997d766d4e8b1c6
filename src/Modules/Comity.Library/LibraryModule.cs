using Comity.Identity.Access;
using Comity.Kernel;
using Comity.Kernel.Data;
using Comity.Library.Data;
using Comity.Library.Demo;
using Comity.Library.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comity.Library;

/// <summary>The Library module's entry point: documents and their files, multilingual full-text search, toolkits.</summary>
public static class LibraryModule
{
    public const string ScopeRead = "library:read";
    public const string ScopeWrite = "library:write";

    /// <summary>Page policy for adding, describing and removing documents and curating toolkits.</summary>
    public const string LibrarianPolicy = "library:librarian";

    public static IServiceCollection AddLibraryModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<LibraryDb>(LibraryDb.Module);
        services.AddSingleton(new ApiScope(ScopeRead, "Search the library, read documents' metadata and download their files"));
        services.AddSingleton(new ApiScope(ScopeWrite, "Add, describe and remove library documents and curate toolkits"));
        services.AddSingleton(sp => new LibraryIndexKeeper(IndexDirectory(sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath), sp.GetService<ILogger<LibraryIndexKeeper>>()));
        services.AddHostedService<LibraryIndexWarmer>();
        services.AddScoped<ILibrarySearch, LibrarySearchService>();
        services.AddScoped<IDemoSeeder, LibraryDemoSeeder>();
        services.AddAuthorization(o => o.AddPolicy(LibrarianPolicy, p => p.RequireAuthenticatedUser()
            .RequireRole(LibraryCaller.LibrarianRoles.Select(r => r.Name()))));
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Library", "/");
            options.Conventions.AuthorizeAreaPage("Library", "/Documents/Upload", LibrarianPolicy);
            options.Conventions.AuthorizeAreaPage("Library", "/Documents/Edit", LibrarianPolicy);
            options.Conventions.AuthorizeAreaPage("Library", "/Toolkits/New", LibrarianPolicy);
            options.Conventions.AuthorizeAreaPage("Library", "/Toolkits/Edit", LibrarianPolicy);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLibraryModule(this IEndpointRouteBuilder app)
    {
        LibraryEndpoints.Map(app.MapGroup("/api/v1/library"));
        return app;
    }

    /// <summary>
    /// Where this node keeps its search index: <c>Library:IndexDirectory</c>, else <c>library-index</c> under the data
    /// directory (<c>Data:Directory</c>, default <c>data</c> under the content root), beside the SQLite database. Each web
    /// node needs its own; the database holds everything the index is rebuilt from.
    /// </summary>
    public static string IndexDirectory(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Library:IndexDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.GetFullPath(Path.Combine(contentRoot, configuration["Data:Directory"] ?? "data", "library-index"));
    }
}
