namespace TopologyAnalyzers
{
    /// <summary>The site an Alibaba Cloud account is registered on.</summary>
    public enum Site
    {
        /// <summary>The International site (alibabacloud.com).</summary>
        International = 0,

        /// <summary>The China site (aliyun.com), for the Chinese mainland.</summary>
        ChinaMainland = 1,
    }
}
