"""A warm process that answers `newslint check`: imported and built once, forked per request.

`newslint daemon start` leaves one running for this user and this install (`serve`); a plain
`newslint check` then hands it the command (`client`), and a child forked from the warm parent
runs it exactly as a cold process would (`child`). Nothing starts a server implicitly.
"""
