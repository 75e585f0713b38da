return SearchEngine.Cli.CommandLine.Run(args, Console.In, Console.Out, Console.Error);
