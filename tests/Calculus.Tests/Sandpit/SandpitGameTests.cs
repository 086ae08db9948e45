namespace Calculus.Tests.Sandpit;

using Calculus.Sandpit;

public sealed class SandpitGameTests
{
    [Fact]
    public void Dip_EachDip_CountsItAndSaysHowManyAreLeft()
    {
        var pit = Sandpit.Simple(seed: 1);

        var first = pit.Dip(0.5, 0.5);
        var second = pit.Dip(5.5, 0.5);

        Assert.Equal(1, first.Number);
        Assert.Equal(Sandpit.DipLimit - 1, first.DipsLeft);
        Assert.Equal(2, second.Number);
        Assert.Equal(Sandpit.DipLimit - 2, second.DipsLeft);
        Assert.Equal(2, pit.DipsUsed);
        Assert.Equal([first, second], pit.Dips);
        Assert.Equal(pit.Terrain.Depth(0.5, 0.5), first.Depth);
        Assert.False(pit.IsOver);
    }

    [Fact]
    public void Dip_PlainMode_ReportsNoDirection()
    {
        var result = Sandpit.Simple(seed: 1).Dip(1, 1);

        Assert.Null(result.Downhill);
        Assert.Null(result.Slope);
    }

    [Theory]
    [InlineData(0.14, true)]
    [InlineData(0.16, false)]
    public void Dip_NearThePhone_FindsItOnlyWithinTheRadius(double distance, bool found)
    {
        var pit = Sandpit.Simple(seed: 2);
        var (x, y) = pit.Phone;

        var result = pit.Dip(x + (distance * 0.6), y - (distance * 0.8));

        Assert.Equal(found, result.Found);
        Assert.Equal(found, pit.Found);
        Assert.Equal(found, pit.IsOver);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Dip_AfterThePhoneIsFound_ThrowsAndDoesNotCount()
    {
        var pit = Sandpit.Simple(seed: 3);
        pit.Dip(1, 1);
        var found = pit.Dip(pit.Phone.X, pit.Phone.Y);

        var error = Assert.Throws<InvalidOperationException>(() => pit.Dip(3, 3));

        Assert.True(found.Found);
        Assert.True(found.GameOver);
        Assert.Equal(0, found.DipsLeft);
        Assert.Contains("found the phone", error.Message);
        Assert.Equal(2, pit.DipsUsed);
    }

    [Fact]
    public void Dip_AtAKnownLocalMinimumOfManyMinima_WarnsThatItIsStuck()
    {
        var pit = Sandpit.ManyMinima(seed: 1, gradient: true);
        var trap = pit.LocalMinima[1];

        var result = pit.Dip(trap.X, trap.Y);

        Assert.False(result.Found);
        Assert.NotNull(result.Warning);
        Assert.Contains("local minimum", result.Warning);
        Assert.Contains("local minimum", result.ToString());
        Assert.True(result.Slope < 1e-8, $"the slope at a local minimum is {result.Slope}");
    }

    [Fact]
    public void Dip_OnASlope_GivesNoWarning()
    {
        var pit = Sandpit.ManyMinima(seed: 1, gradient: true);

        // Halfway between the phone and a trap lies no minimum.
        var (phone, trap) = (pit.Phone, pit.LocalMinima[1]);
        var result = pit.Dip((phone.X + trap.X) / 2, (phone.Y + trap.Y) / 2);

        Assert.Null(result.Warning);
    }

    [Fact]
    public void Dip_AfterTheLimit_EndsTheGameAndThenThrows()
    {
        var pit = Sandpit.Simple(seed: 4);
        var corner = Enumerable.Range(0, Sandpit.DipLimit).Select(k => pit.Dip(0.1 * (k % 3), 0.1 * (k / 3))).ToList();

        var error = Assert.Throws<InvalidOperationException>(() => pit.Dip(3, 3));

        Assert.All(corner, dip => Assert.False(dip.Found));
        Assert.Equal(0, corner[^1].DipsLeft);
        Assert.True(corner[^1].GameOver);
        Assert.Contains("game over", corner[^1].ToString());
        Assert.True(pit.IsOver);
        Assert.False(pit.Found);
        Assert.Contains($"all {Sandpit.DipLimit} dips are used", error.Message);
        Assert.Equal(Sandpit.DipLimit, pit.DipsUsed);
    }

    [Fact]
    public void Reveal_BeforeTheEnd_Throws()
    {
        var pit = Sandpit.Rough(seed: 1);
        pit.Dip(1, 1);

        var error = Assert.Throws<InvalidOperationException>(pit.Reveal);

        Assert.Contains("14 of 15 dips are left", error.Message);
    }

    [Fact]
    public void Reveal_AfterTheEnd_GivesThePhoneTheMinimaAndTheDips()
    {
        var pit = Sandpit.ManyMinima(seed: 2);
        pit.Dip(0.5, 0.5);
        pit.Dip(pit.Phone.X, pit.Phone.Y);

        var surface = pit.Reveal();

        Assert.Equal(pit.Phone, surface.Phone);
        Assert.Equal(pit.LocalMinima, surface.LocalMinima);
        Assert.Equal(2, surface.Dips.Count);
        Assert.Equal(pit.Terrain.Depth(1.2, 3.4), surface.Depth(1.2, 3.4));
        Assert.Equal(surface.Depth(pit.Phone.X, pit.Phone.Y), surface.PhoneDepth);
        Assert.Contains("2 dips made", surface.ToString());
    }

    [Theory]
    [InlineData(-0.01, 3, "x")]
    [InlineData(6.01, 3, "x")]
    [InlineData(3, -1, "y")]
    [InlineData(3, 7, "y")]
    [InlineData(double.NaN, 3, "x")]
    public void Dip_OutsideThePit_ThrowsAndDoesNotCount(double x, double y, string parameter)
    {
        var pit = Sandpit.Simple(seed: 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => pit.Dip(x, y));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("outside the pit", error.Message);
        Assert.Equal(0, pit.DipsUsed);
    }

    [Fact]
    public void Dip_OnTheEdges_IsInsideThePit()
    {
        var pit = Sandpit.Simple(seed: 1);

        pit.Dip(0, 0);
        pit.Dip(Sandpit.Size, Sandpit.Size);

        Assert.Equal(2, pit.DipsUsed);
    }

    [Fact]
    public void ToString_Dip_ReadsAsOneShortLine()
    {
        var pit = Sandpit.Simple(seed: 1, gradient: true);

        var text = pit.Dip(2, 3).ToString();

        Assert.StartsWith("Dip 1 at (2, 3): depth −", text);
        Assert.Contains(", downhill (", text);
        Assert.Contains(", slope ", text);
        Assert.EndsWith(" · 14 dips left", text);
        Assert.DoesNotContain('\n', text);
        Assert.Equal("Simple sandpit (seed 1, gradient mode): 1 of 15 dips used, the phone not found yet", pit.ToString());
    }
}
