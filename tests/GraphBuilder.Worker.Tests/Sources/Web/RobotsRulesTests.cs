using GraphBuilder.Worker.Sources.Web;

namespace GraphBuilder.Worker.Tests.Sources.Web;

/// <summary>robots.txt as RFC 9309 reads it, in the shapes sites write it.</summary>
public sealed class RobotsRulesTests
{
    private static bool Allows(string robots, string path, string token = "GraphBuilder") =>
        RobotsRules.Parse(robots, token).Allows(new Uri("https://news.example" + path));

    [Theory]
    [InlineData("", "/anything", true)]
    [InlineData("User-agent: *\nDisallow: /", "/world/story", false)]
    [InlineData("User-agent: *\nDisallow:", "/world/story", true)]
    [InlineData("User-agent: *\nDisallow: /private", "/private/x", false)]
    [InlineData("User-agent: *\nDisallow: /private", "/privateer", false)]
    [InlineData("User-agent: *\nDisallow: /private/", "/privateer", true)]
    [InlineData("User-agent: *\nDisallow: /search?", "/search?q=x", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf?download=1", true)]
    [InlineData("User-agent: *\nDisallow: /*/amp", "/world/2024/amp/story", false)]
    [InlineData("User-agent: *\nDisallow: /news/\nAllow: /news/public/", "/news/public/story", true)]
    [InlineData("User-agent: *\nAllow: /news/\nDisallow: /news/", "/news/story", true)]
    [InlineData("User-agent: *\nDisallow: /news/\nAllow: /news/", "/news/story", true)]
    [InlineData("# comment only\nUser-agent: * # everyone\nDisallow: /tmp # scratch", "/tmp/x", false)]
    [InlineData("user-agent: *\r\ndisallow: /Admin\r\n", "/Admin/x", false)]
    [InlineData("user-agent: *\r\ndisallow: /Admin\r\n", "/admin/x", true)]
    public void TheStarGroup(string robots, string path, bool allowed) => Allows(robots, path).ShouldBe(allowed);

    [Theory]
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: GraphBuilder\nDisallow: /members/", "/world/story", true)]
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: GraphBuilder\nDisallow: /members/", "/members/x", false)]
    [InlineData("User-agent: graphbuilder\nDisallow: /x", "/x/y", false)]
    [InlineData("User-agent: Googlebot\nUser-agent: GraphBuilder\nDisallow: /shared", "/shared/y", false)]
    [InlineData("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp", "/world", true)]
    [InlineData("User-agent: GPTBot\nDisallow: /", "/world", true)]
    public void TheGroupNamingUs_OrElseTheStar(string robots, string path, bool allowed) => Allows(robots, path).ShouldBe(allowed);

    [Fact]
    public void RulesBeforeAnyUserAgent_AreIgnored() =>
        Allows("Disallow: /\nUser-agent: *\nDisallow: /tmp", "/world").ShouldBeTrue();
}
