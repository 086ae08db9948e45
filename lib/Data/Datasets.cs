namespace Calculus.Data;

/// <summary>The course's bundled datasets, read from data/ (see data/README.md for their columns, units, provenance and licence).</summary>
public static class Datasets
{
    /// <summary>File name of the heights histogram.</summary>
    public const string HeightsFile = "heights.csv";

    /// <summary>File name of Anscombe's quartet.</summary>
    public const string AnscombeFile = "anscombe.csv";

    /// <summary>File name of the straight-line measurements with uncertainties.</summary>
    public const string LinearFile = "linear-with-uncertainties.csv";

    /// <summary>A histogram of 2,000 adult heights in 2 cm bins (synthetic: a mixture of two populations).</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder was found.</exception>
    /// <exception cref="DatasetFormatException">The file is malformed.</exception>
    public static IReadOnlyList<HeightBin> Heights(string? startFolder = null) =>
        CsvDataset.Read<HeightBin>(DataFolder.PathOf(HeightsFile, startFolder));

    /// <summary>Anscombe's quartet (1973): four sets of 11 points with the same means, variances and fitted line.</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder was found.</exception>
    /// <exception cref="DatasetFormatException">The file is malformed.</exception>
    public static IReadOnlyList<AnscombePoint> Anscombe(string? startFolder = null) =>
        CsvDataset.Read<AnscombePoint>(DataFolder.PathOf(AnscombeFile, startFolder));

    /// <summary>20 measurements of a straight line with per-point uncertainties σᵢ (synthetic).</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder was found.</exception>
    /// <exception cref="DatasetFormatException">The file is malformed.</exception>
    public static IReadOnlyList<MeasuredPoint> LinearWithUncertainties(string? startFolder = null) =>
        CsvDataset.Read<MeasuredPoint>(DataFolder.PathOf(LinearFile, startFolder));
}
