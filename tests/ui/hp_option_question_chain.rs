//@ spec: 14.7, 13.5, 16.7
// `?` on Option in helpers that return Option: a path lookup through nested
// Vec/Option data, where any missing piece makes the whole answer None.
#[derive(Debug)]
struct Room {
    name: String,
    items: Vec<String>,
    exit: Option<usize>,
}

fn room_after(rooms: &[Room], start: usize, steps: usize) -> Option<&Room> {
    let mut cur = rooms.get(start)?;
    for _ in 0..steps {
        let next = cur.exit?;
        cur = rooms.get(next)?;
    }
    Some(cur)
}

fn first_item_len(rooms: &[Room], start: usize, steps: usize) -> Option<usize> {
    let room = room_after(rooms, start, steps)?;
    let item = room.items.first()?;
    Some(item.len())
}

fn parse_pair(s: &str) -> Option<(usize, usize)> {
    let mut parts = s.split(',');
    let a = parts.next()?.trim().parse::<usize>().ok()?;
    let b = parts.next()?.trim().parse::<usize>().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some((a, b))
}

fn main() {
    let rooms = vec![
        Room { name: String::from("hall"), items: vec![String::from("lamp")], exit: Some(1) },
        Room { name: String::from("study"), items: vec![], exit: Some(2) },
        Room { name: String::from("vault"), items: vec![String::from("gold coin")], exit: Some(7) },
    ];
    for steps in 0..4 {
        let name = room_after(&rooms, 0, steps).map(|r| r.name.as_str());
        println!("after {} steps: {:?} / first item len {:?}", steps, name, first_item_len(&rooms, 0, steps));
    }
    println!("start out of range: {:?}", room_after(&rooms, 9, 0).is_none());
    for q in ["0, 2", "1,1", "2", "a,1", "1,2,3", " 2 , 0 "] {
        match parse_pair(q) {
            Some((s, n)) => println!("{:?} -> start {} steps {} -> {:?}", q, s, n, first_item_len(&rooms, s, n)),
            None => println!("{:?} -> unparsable", q),
        }
    }
    println!("{:?}", rooms[2]);
}
