//@ compile-fail
//@ spec: 11.11, 11.16
// Coverage of prelude enums: witnesses name the variants bare, as rustc does.
fn main() {
    let x: Option<i32> = Some(3);
    match x { //~ ERROR E0004
        Some(0) => {}
        None => {}
    }
    let r: Result<bool, u8> = Ok(true);
    match r { //~ ERROR E0004
        Ok(true) => {}
        Err(_) => {}
    }
    let o: Option<Option<bool>> = None;
    match o { //~ ERROR E0004
        Some(Some(_)) => {}
        None => {}
    }
    let Some(k) = x; //~ ERROR E0005
}
