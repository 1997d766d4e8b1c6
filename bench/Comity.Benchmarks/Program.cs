using Comity.Benchmarks.Lookup;
using Comity.Benchmarks.Breaches;
using Comity.Benchmarks.Library;
using Comity.Benchmarks.Matching;
using Comity.Benchmarks.Misp;
using Comity.Benchmarks.Passwords;
using Comity.Benchmarks.Patterning;
using Comity.Benchmarks.Stix;
using Comity.Benchmarks.Taxii;

return args switch
{
    ["matching", .. var rest] => MatchingBenchmark.Run(rest),
    ["matching-case", var name, .. var rest] => MatchingBenchmark.RunCase(name, rest),
    ["patterns", .. var rest] => PatternBenchmark.Run(rest),
    ["lookup", .. var rest] => LookupBenchmark.Run(rest),
    ["misp-import", .. var rest] => MispImportBenchmark.Run(rest),
    ["library", .. var rest] => LibraryBenchmark.Run(rest),
    ["stix-validate", .. var rest] => StixValidationBenchmark.Run(rest),
    ["password-strength", .. var rest] => PasswordStrengthBenchmark.Run(rest),
    ["taxii-load", .. var rest] => await TaxiiLoadBenchmark.RunAsync(rest),
    ["range-generate", var file, .. var rest] => RangeBenchmark.Generate(file, rest),
    ["range-import", var input, var store, .. var rest] => RangeBenchmark.Import(input, store, rest),
    ["range-serve", var directory, .. var rest] => RangeBenchmark.Serve(directory, rest),
    ["range-format", var directory, .. var rest] => RangeBenchmark.Format(directory, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Comity.Benchmarks -- matching [--runs N] [--seed N] | " +
        "taxii-load --key KEY [--url URL] [--root SLUG] [--objects N] [--envelope N] [--connections N] | range-generate FILE [--hashes N] [--seed N] | range-import INPUT STORE [--ntlm] | range-serve DIR [--url URL] | range-format DIR [--requests N] [--padding] | password-strength [--passwords N] [--rounds N]");
    return 2;
}
