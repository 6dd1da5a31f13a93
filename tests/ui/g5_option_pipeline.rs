//@ spec: 15.4 13.5 14.7
// Option combinators (map, and_then, filter, map_or, zip, or, is_some_and, ok_or) in a lookup pipeline.
#[derive(Debug, Clone, Copy, PartialEq)]
struct User {
    id: u32,
    age: u8,
    manager: Option<u32>,
}

const USERS: [User; 4] = [
    User { id: 1, age: 52, manager: None },
    User { id: 2, age: 34, manager: Some(1) },
    User { id: 3, age: 19, manager: Some(2) },
    User { id: 4, age: 27, manager: Some(9) },
];

fn find_user(id: u32) -> Option<User> {
    for u in USERS {
        if u.id == id {
            return Some(u);
        }
    }
    None
}

fn manager_age(id: u32) -> Option<u8> {
    find_user(id).and_then(|u| u.manager).and_then(find_user).map(|m| m.age)
}

fn grand_manager(id: u32) -> Option<u32> {
    let u = find_user(id)?;
    let m = find_user(u.manager?)?;
    m.manager
}

fn require(id: u32) -> Result<u8, &'static str> {
    let u = find_user(id).ok_or("no such user")?;
    Ok(u.age)
}

fn main() {
    for id in 1..=5 {
        println!("user {}: manager age {:?}, grand manager {:?}", id, manager_age(id), grand_manager(id));
    }
    let adult = find_user(3).filter(|u| u.age >= 21);
    println!("3 adult? {:?}", adult.is_some());
    println!("2 over 30? {}", find_user(2).is_some_and(|u| u.age > 30));
    println!("age or zero: {} {}", find_user(4).map_or(0, |u| u.age), find_user(8).map_or(0, |u| u.age));
    let pair = find_user(1).zip(find_user(2)).map(|(a, b)| a.age + b.age);
    println!("pair ages: {:?}", pair);
    println!("fallback: {:?}", find_user(7).or(find_user(1)).map(|u| u.id));
    println!("and: {:?}", find_user(2).and(Some('x')));
    println!("require: {:?} {:?}", require(3), require(11));
    let fallback = find_user(6).map(|u| u.age).unwrap_or_else(|| 18);
    println!("fallback age: {}", fallback);
    println!("as_ref id: {:?}", find_user(4).as_ref().map(|u| u.id));
}
