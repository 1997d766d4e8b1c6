using Comity.Benchmarks.Matching;

return args switch
{
    ["matching", .. var rest] => MatchingBenchmark.Run(rest),
    ["matching-case", var name, .. var rest] => MatchingBenchmark.RunCase(name, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Comity.Benchmarks -- matching [--runs N] [--seed N]");
    return 2;
}
