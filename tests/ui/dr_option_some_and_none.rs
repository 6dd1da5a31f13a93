//@ spec: 12.4, 12.7, 12.8
// An Option drops its payload only when it is Some; take() and unwrap() move the payload
// out, and assigning None over a Some drops the old payload at that moment.
struct Key(&'static str);
impl Drop for Key {
    fn drop(&mut self) {
        println!("key {} returned", self.0);
    }
}

fn lookup(name: &'static str) -> Option<Key> {
    if name.len() > 3 { Some(Key(name)) } else { None }
}

fn main() {
    let nothing: Option<Key> = None;
    let front = lookup("front");
    let bad = lookup("no");
    println!("front {} bad {} nothing {}", front.is_some(), bad.is_some(), nothing.is_some());
    let mut locker = Some(Key("locker"));
    println!("set locker to None");
    locker = None;
    println!("locker empty: {}", locker.is_none());
    locker = Some(Key("second locker"));
    let mut shed = Some(Key("shed"));
    let taken = shed.take();
    println!("taken {}", taken.as_ref().map(|k| k.0).unwrap_or("?"));
    let garage = lookup("garage").unwrap();
    println!("unwrapped {}", garage.0);
    if let Some(k) = lookup("gate") {
        println!("inside if let with {}", k.0);
    }
    let maybe = lookup("cellar");
    match maybe {
        Some(ref k) => println!("peeked {}", k.0),
        None => println!("nothing to peek"),
    }
    println!("end of main {}", locker.is_some());
}
