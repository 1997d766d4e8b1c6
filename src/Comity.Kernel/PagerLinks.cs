using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Comity.Kernel;

/// <summary>Previous/next links for a paged list page, keeping the request's other query parameters.</summary>
public sealed record PagerLinks(int Number, int PageCount, int Total, string? Previous, string? Next)
{
    public static PagerLinks For<T>(Page<T> page, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(request);
        return new PagerLinks(page.PageNumber, page.PageCount, page.Total,
            page.HasPrevious ? Link(request, page.PageNumber - 1) : null,
            page.HasNext ? Link(request, page.PageNumber + 1) : null);
    }

    private static string Link(HttpRequest request, int number)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))))
        {
            { "page", number.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.Path + query.ToQueryString().Value;
    }
}
