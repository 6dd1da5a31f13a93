//@ spec: 12.8, 12.7
// `?` returns early and drops every live local on the way out, innermost scope first;
// values already moved into the error (or returned) are not dropped by the callee.
struct Handle {
    name: String,
}
impl Drop for Handle {
    fn drop(&mut self) {
        println!("close {}", self.name);
    }
}

fn open(name: &str, ok: bool) -> Result<Handle, String> {
    if ok {
        Ok(Handle { name: String::from(name) })
    } else {
        Err(format!("cannot open {}", name))
    }
}

fn check(h: Handle, fine: bool) -> Result<Handle, Handle> {
    if fine { Ok(h) } else { Err(h) }
}

fn copy_file(src_ok: bool, dst_ok: bool) -> Result<u32, String> {
    let src = open("src", src_ok)?;
    let log = Handle { name: String::from("log") };
    {
        let _tmp = Handle { name: String::from("tmp") };
        let dst = open("dst", dst_ok)?;
        println!("copying {} -> {} (logged in {})", src.name, dst.name, log.name);
    }
    Ok(3)
}

fn verify(fine: bool) -> Result<String, String> {
    let _guard = Handle { name: String::from("guard") };
    let h = check(Handle { name: String::from("checked") }, fine).map_err(|bad| format!("rejected {}", bad.name))?;
    Ok(format!("accepted {}", h.name))
}

fn main() {
    println!("{:?}", copy_file(true, true));
    println!("---");
    println!("{:?}", copy_file(true, false));
    println!("---");
    println!("{:?}", copy_file(false, true));
    println!("---");
    println!("{:?}", verify(true));
    println!("---");
    println!("{:?}", verify(false));
}
