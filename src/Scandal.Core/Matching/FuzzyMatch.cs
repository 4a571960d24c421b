namespace Scandal.Core.Matching;

/// <summary>One choice found by <see cref="Process"/>: the choice, its score and its position in the input.</summary>
/// <typeparam name="T">The choices' type.</typeparam>
/// <param name="Choice">The choice as given.</param>
/// <param name="Score">Its score in [0, 100], unrounded.</param>
/// <param name="Index">Its zero-based position in the enumeration of the choices.</param>
public readonly record struct FuzzyMatch<T>(T Choice, double Score, int Index);
