// "load" runs the HTTP load tool (Load/LoadRun.cs); everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load") return await SearchEngine.Benchmarks.Load.LoadRun.RunAsync(args[1..]);
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
