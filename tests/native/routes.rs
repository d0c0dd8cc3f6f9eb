//! Routes: every screen has an address that survives reload and can be shared.

use candor::domain::opportunity::{OpportunityId, StatusFilter};
use candor::domain::route::{link_in, Route, Section};

fn all_routes() -> Vec<Route> {
    let mut routes = vec![
        Route::Today,
        Route::Opportunity(OpportunityId::from_random(0xabc)),
        Route::Call(OpportunityId::from_random(0xabc)),
        Route::Round(OpportunityId::from_random(1), OpportunityId::from_random(2)),
        Route::Debrief(OpportunityId::from_random(1), OpportunityId::from_random(2)),
        Route::ThankYou(OpportunityId::from_random(1), OpportunityId::from_random(2)),
        Route::Compose(
            OpportunityId::from_random(1),
            OpportunityId::from_random(2),
            None,
        ),
        Route::Compose(
            OpportunityId::from_random(1),
            OpportunityId::from_random(2),
            Some(OpportunityId::from_random(3)),
        ),
        Route::Settings,
        Route::Playbook,
        Route::EditPlaybook("built-in".into()),
        Route::EditPlaybook("0123456789abcdef".into()),
        Route::SharePlaybook("coach-ana-2026".into()),
        Route::ShareOpportunity(OpportunityId::from_random(7)),
        Route::Import("p1.abc-_DEF".into()),
        Route::Snapshot("s1.xyz".into()),
        Route::Data,
        Route::Open,
        Route::Elsewhere,
        Route::NotFound("nowhere/at/all".into()),
    ];
    routes.extend(StatusFilter::ALL.map(|filter| Route::Opportunities(filter, String::new())));
    for search in ["café", "Dana Reyes", "50% & more?", "#1 + ü/ß"] {
        routes.push(Route::Opportunities(StatusFilter::Offer, search.into()));
        routes.push(Route::Opportunities(StatusFilter::All, search.into()));
        routes.push(Route::Recruiters(search.into()));
    }
    routes.push(Route::Recruiters(String::new()));
    routes.push(Route::Recruiter(OpportunityId::from_random(9)));
    routes
}

#[test]
fn every_route_reads_back_from_its_own_link() {
    for route in all_routes() {
        let fragment = route.to_fragment();
        assert!(fragment.starts_with("#/"), "{fragment}");
        assert_eq!(Route::parse(&fragment), route, "{fragment}");
    }
}

#[test]
fn an_empty_fragment_opens_today() {
    for fragment in ["", "#", "#/", "/", "#/today", "#/today/"] {
        assert_eq!(Route::parse(fragment), Route::Today, "{fragment:?}");
    }
}

#[test]
fn the_list_filter_comes_from_the_query() {
    assert_eq!(
        Route::parse("#/opportunities?status=offer"),
        Route::Opportunities(StatusFilter::Offer, String::new())
    );
    assert_eq!(
        Route::parse("#/opportunities?sort=new&status=archived"),
        Route::Opportunities(StatusFilter::Archived, String::new())
    );
    assert_eq!(
        Route::parse("#/opportunities"),
        Route::Opportunities(StatusFilter::All, String::new())
    );
}

#[test]
fn the_search_is_kept_in_the_address_and_combines_with_the_filter() {
    let route = Route::Opportunities(StatusFilter::Offer, "café crème".into());
    assert_eq!(
        route.to_fragment(),
        "#/opportunities?status=offer&q=caf%C3%A9%20cr%C3%A8me"
    );
    assert_eq!(
        Route::parse("#/opportunities?q=caf%C3%A9+cr%C3%A8me&status=offer"),
        route
    );
    assert_eq!(
        Route::parse("#/recruiters?q=dana"),
        Route::Recruiters("dana".into())
    );
    // A broken escape or bytes that are not UTF-8 still read as a search, never a failure.
    assert_eq!(
        Route::parse("#/opportunities?q=100%25%2"),
        Route::Opportunities(StatusFilter::All, "100%%2".into())
    );
    assert_eq!(
        Route::parse("#/recruiters?q=%FF%C3"),
        Route::Recruiters("\u{fffd}\u{fffd}".into())
    );
    assert_eq!(
        Route::parse("#/recruiters/Not-An-Id"),
        Route::NotFound("recruiters/Not-An-Id".into())
    );
}

#[test]
fn an_unknown_filter_shows_everything_rather_than_failing() {
    assert_eq!(
        Route::parse("#/opportunities?status=bogus"),
        Route::Opportunities(StatusFilter::All, String::new())
    );
}

#[test]
fn an_opportunity_link_carries_its_id() {
    let id = OpportunityId::from_random(0x1234_5678_9abc_def0);
    assert_eq!(
        Route::Opportunity(id.clone()).to_fragment(),
        "#/opportunities/123456789abcdef0"
    );
    assert_eq!(
        Route::parse("#/opportunities/123456789abcdef0/"),
        Route::Opportunity(id)
    );
}

#[test]
fn unknown_or_malformed_addresses_are_not_found() {
    for fragment in [
        "#/settings-old",
        "#/opportunities/Not An Id",
        "#/opportunities/%3Cscript%3E",
        "#/opportunities/abc/extra",
        "#/opportunities/abc/rounds",
        "#/opportunities/abc/rounds/NOPE/debrief",
        "#/opportunities/abc/rounds/def/notes",
        "#/opportunities/abc/rounds/def/notes/UPPER",
        "#/data/x",
    ] {
        let route = Route::parse(fragment);
        assert!(
            matches!(route, Route::NotFound(_)),
            "{fragment} gave {route:?}"
        );
    }
}

#[test]
fn each_route_belongs_to_the_right_section() {
    let id = OpportunityId::from_random(7);
    assert_eq!(
        Route::Opportunity(id).section(),
        Some(Section::Opportunities)
    );
    assert_eq!(
        Route::Opportunities(StatusFilter::Closed, String::new()).section(),
        Some(Section::Opportunities)
    );
    assert_eq!(Route::Today.section(), Some(Section::Today));
    assert_eq!(Route::NotFound("x".into()).section(), None);
    for section in Section::ALL {
        assert_eq!(section.route().section(), Some(section));
    }
}

#[test]
fn a_link_keeps_its_payload_exactly_whatever_it_holds() {
    for payload in ["p1.a/b?c=d#e", "", "s1.", "%3Cscript%3E"] {
        assert_eq!(
            Route::parse(&format!("#/import/{payload}")),
            Route::Import(payload.into())
        );
        assert_eq!(
            Route::parse(&format!("#/view/{payload}")),
            Route::Snapshot(payload.into())
        );
    }
}

#[test]
fn a_playbook_address_with_an_impossible_id_is_not_found() {
    for fragment in ["#/playbook/Bad Id", "#/playbook/<x>", "#/playbook/a/b"] {
        assert!(
            matches!(Route::parse(fragment), Route::NotFound(_)),
            "{fragment}"
        );
    }
}

#[test]
fn a_pasted_link_opens_the_screen_its_address_names() {
    let playbook = "p1.abc-_DEF";
    for pasted in [
        format!("https://coach.example/candor/#/import/{playbook}"),
        format!("  http://127.0.0.1:8080/#/import/{playbook}\n"),
        format!("#/import/{playbook}"),
        playbook.to_owned(),
    ] {
        assert_eq!(
            link_in(&pasted),
            Some(Route::Import(playbook.into())),
            "{pasted:?}"
        );
    }
    assert_eq!(link_in("s2.xyz"), Some(Route::Snapshot("s2.xyz".into())));
    assert_eq!(
        link_in("https://x.example/#/view/s2.xyz"),
        Some(Route::Snapshot("s2.xyz".into()))
    );
    // Locked links and transfers open where a tapped one does.
    for link in ["l1.AAAA", "t1.BBBB"] {
        assert_eq!(link_in(link), Some(Route::Import(link.into())));
    }
    // A transfer belongs with the Data screen; other links with the playbooks.
    assert_eq!(
        Route::Import("t1.BBBB".into()).section(),
        Some(Section::Data)
    );
    assert_eq!(
        Route::Import("p1.BBBB".into()).section(),
        Some(Section::Playbook)
    );
    // Any screen's address opens that screen.
    assert_eq!(
        link_in("https://x.example/app/#/progress"),
        Some(Route::Progress)
    );
    for nothing in [
        "",
        "hello",
        "https://example.org/",
        "https://x.example/#/nowhere",
        "#/import/",
        "x1.abc",
    ] {
        assert_eq!(link_in(nothing), None, "{nothing:?}");
    }
}
