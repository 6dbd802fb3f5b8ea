# Values that are not what they look like, limits on sizes, slugs that give no address,
# output and staging folders. Every id here is in en.ftl, fi.ftl and sv.ftl of this folder
# with the same arguments.
