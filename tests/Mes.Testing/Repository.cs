namespace Mes.Testing;

/// <summary>The checkout the tests run from, and the build configuration they were built with.</summary>
public static class Repository
{
    /// <summary>The folder that holds MES.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug: what ./mes test built, else what this test assembly was built as.</summary>
    public static string Configuration { get; } =
        Environment.GetEnvironmentVariable("MES_CONFIGURATION") is { Length: > 0 } c ? c
        : AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>Path of a built program, e.g. <c>Binary("silo/Mes.Silo", "Mes.Silo.dll")</c>.</summary>
    public static string Binary(string projectFolder, string dll)
    {
        var path = Path.Combine(Root, projectFolder, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built: run ./mes test, or dotnet build -c {Configuration} first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MES.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"MES.sln not found above {AppContext.BaseDirectory}.");
    }
}
