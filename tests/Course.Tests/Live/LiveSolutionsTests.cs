using Course.Tests.TestSupport;

namespace Course.Tests.Live;

/// <summary>
/// Every week with every exercise and drill solved (the instructor notebook's code typed into the live page) runs in the
/// browser without a failed cell or a red check: the whole course, week 3's training included, works live.
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed class LiveSolutionsTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    [Fact]
    public async Task EveryWeekSolved_RunsLive_WithEveryCheckGreen()
    {
        await using var browser = await Browser.LaunchAsync();
        var problems = new List<string>();
        foreach (var week in LiveSiteFixture.Weeks)
        {
            var page = await LivePages.OpenAsync(browser, site.LivePage(week, "?timelimit=600"));
            await LivePages.FillAsync(page, LivePages.Solutions(week));
            await LivePages.RunAllAsync(page);
            var failed = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('section.live')].filter(s => s.dataset.state !== 'done' || s.querySelector('.live-outputs').innerText.includes('✗')).map(s => s.dataset.cell + ': ' + s.querySelector('.live-outputs').innerText.slice(0, 300))");
            var passedChecks = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.live-outputs')].filter(o => o.innerText.includes('✓')).length");
            problems.AddRange(failed.Select(cell => $"{week}, {cell}"));
            Assert.True(passedChecks >= 10, $"{week}: only {passedChecks} cells showed a passed check");
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"cells that failed live with every exercise solved:\n{string.Join("\n", problems)}");
    }
}
