using Comity.Benchmarks.Lookup;
using Comity.Benchmarks.Matching;
using Comity.Benchmarks.Patterning;
using Comity.Benchmarks.Stix;

return args switch
{
    ["matching", .. var rest] => MatchingBenchmark.Run(rest),
    ["matching-case", var name, .. var rest] => MatchingBenchmark.RunCase(name, rest),
    ["patterns", .. var rest] => PatternBenchmark.Run(rest),
    ["lookup", .. var rest] => LookupBenchmark.Run(rest),
    ["stix-validate", .. var rest] => StixValidationBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Comity.Benchmarks -- matching [--runs N] [--seed N]");
    return 2;
}
