//@ compile-fail
//@ spec: 12.1.1, 12.7
// After one field has been moved out, the remaining fields are still usable, but the
// struct or tuple as a whole is not: passing it, returning it or borrowing it is E0382.
struct Profile {
    name: String,
    bio: String,
    age: u32,
}

fn show(p: &Profile) {
    println!("{} {} {}", p.name, p.bio, p.age);
}

fn rebuild(p: Profile) -> Profile {
    let n = p.name;
    println!("{}", p.bio);
    p //~ ERROR E0382
}

fn main() {
    let p = Profile { name: String::from("x"), bio: String::from("y"), age: 3 };
    let bio = p.bio;
    println!("{} {}", p.name, p.age);
    show(&p); //~ ERROR E0382
    let pair = (String::from("l"), String::from("r"));
    let l = pair.0;
    let again = pair; //~ ERROR E0382
    println!("{} {}", bio, l);
}
