//@ spec: 12.7, 12.5
// Struct update syntax moves only the fields it takes from the base, which keeps and
// later drops the rest; a let-else binding lives to the block end, and the else branch
// of a failed match drops the scrutinee before leaving.
struct Part(&'static str);
impl Drop for Part {
    fn drop(&mut self) {
        println!("part {} recycled", self.0);
    }
}

struct Bike {
    frame: Part,
    wheels: Part,
    bell: Part,
    gears: u32,
}

fn find(name: &'static str) -> Option<Part> {
    if name.starts_with("x") { None } else { Some(Part(name)) }
}

fn fit(name: &'static str) -> u32 {
    let _wrench = Part("wrench");
    let Some(found) = find(name) else {
        println!("no part {}", name);
        return 0;
    };
    println!("fitting {}", found.0);
    1
}

fn main() {
    let old = Bike { frame: Part("old frame"), wheels: Part("old wheels"), bell: Part("old bell"), gears: 3 };
    let new = Bike { frame: Part("new frame"), ..old };
    println!("new bike: {} {} {} {}", new.frame.0, new.wheels.0, new.bell.0, new.gears);
    println!("old frame still there: {}", old.frame.0);
    let custom = Bike { wheels: Part("fat wheels"), bell: Part("loud bell"), ..new };
    println!("custom: {} {} {}", custom.frame.0, custom.wheels.0, custom.bell.0);
    println!("fit -> {}", fit("chain"));
    println!("fit -> {}", fit("xylophone"));
    println!("end of main");
}
