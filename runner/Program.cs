using Runner.Cli;

return await RunnerCommandLine.InvokeAsync(args).ConfigureAwait(false);
