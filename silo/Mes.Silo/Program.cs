using Mes.Silo;

var app = MesSilo.Build(args.Where(a => a != "migrate").ToArray());
await MesSilo.MigrateAsync(app.Services, CancellationToken.None);
if (args.Contains("migrate"))
{
    // `Mes.Silo migrate` (what `./mes db migrate` runs): bring the schema up to date and stop.
    return 0;
}
await app.RunAsync();
return 0;
