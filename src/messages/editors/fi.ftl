# The editors' commands (new, import, status): their own lines and errors. Every id here
# is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Writing files

editors-cannot-write = tiedostoa { $file } ei voi kirjoittaa: { $reason }
