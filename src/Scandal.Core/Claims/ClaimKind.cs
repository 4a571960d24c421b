namespace Scandal.Core.Claims;

/// <summary>The kinds of factual claim that <see cref="ClaimChecker"/> cross-checks.</summary>
public enum ClaimKind
{
    /// <summary>The name of a person or organisation, compared by spelling.</summary>
    Name,

    /// <summary>An amount of money, normalised to a currency and a value.</summary>
    Amount,

    /// <summary>A calendar date, normalised to month and day (and year when printed).</summary>
    Date,
}
