using BenchmarkDotNet.Running;
using Portal.Benchmarks.Corpus;

// `micro` runs the BenchmarkDotNet suites; `corpus` runs the end-to-end Lucene vs FTS5 comparison; `import` the proposition import at scale.
return args.FirstOrDefault() switch
{
    "corpus" => await CorpusBenchmark.RunAsync(args.Skip(1).ToArray()),
    "profile" => await PhaseProfile.RunAsync(args.Skip(1).ToArray()),
    "micro" => RunMicro(args.Skip(1).ToArray()),
    "import" => await Portal.Benchmarks.Imports.ImportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "relevance" => await Portal.Benchmarks.Relevance.RelevanceEvaluation.RunAsync(args.Skip(1).ToArray()),
    "lots" => await Portal.Benchmarks.Lots.LotBenchmark.RunAsync(args.Skip(1).ToArray()),
    "large-recipe" => await Portal.Benchmarks.Recipes.LargeRecipeBenchmark.RunAsync(args.Skip(1).ToArray()),
    "demo-recipe" => await Portal.Benchmarks.Recipes.DemoRecipeBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CorpusBenchmark).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.WriteLine("Usage : relevance [--data DOSSIER] [--stemmer light|minimal] [--dump FICHIER] [--run FICHIER] | micro [options BenchmarkDotNet] | corpus [--docs N] [--data DOSSIER] [--out DOSSIER] | profile --out DOSSIER | lots [--sizes 100,1000,10000] [--runs 3] [--postgres CHAINE] | demo-recipe [--runs 7] | large-recipe [--propositions 1000] [--runs 5] [--postgres CHAINE] | import [--rows N] [--runs N] [--engine sqlite|postgresql] [--postgres CHAINE]");
    return 2;
}
